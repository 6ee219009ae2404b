import { carnationRose } from '../theme';

/** A carnation: a ruffled bloom of rose petals on a green stem. */
export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M16 17 V30" stroke="#5b8a5a" strokeWidth="2" strokeLinecap="round" />
      <path d="M16 25 C12 24 10 21 10 19 C13 20 15 22 16 25 Z" fill="#5b8a5a" />
      <g fill={carnationRose}>
        <circle cx="10" cy="11" r="5" />
        <circle cx="22" cy="11" r="5" />
        <circle cx="16" cy="7" r="5" />
        <circle cx="12" cy="15.5" r="4.5" />
        <circle cx="20" cy="15.5" r="4.5" />
      </g>
      <circle cx="16" cy="11.5" r="3.2" fill="#e98aa5" />
    </svg>
  );
}
