import type { Mood } from '../../tools/diary';

/**
 * A face for each mood, drawn in SVG (no emoji: they look different on every phone, and some old ones have
 * none). The mouth curves from a frown (1) to a smile (5); the words beside it carry the meaning.
 */
export function MoodFace({ mood, size = '2.5rem' }: { mood: Mood; size?: string }) {
  const curve = (mood - 3) * 2.2;
  return (
    <svg
      className={`mood-face mood-${mood}`}
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="16" cy="16" r="14" className="mood-face-fill" />
      <circle cx="11" cy="13" r="1.8" className="mood-face-eye" />
      <circle cx="21" cy="13" r="1.8" className="mood-face-eye" />
      {mood === 1 && <path d="M8 11l5-1.5M24 11l-5-1.5" className="mood-face-line" />}
      {mood === 5 ? (
        // The happiest face laughs with an open mouth, so it is told from "quite good" at a glance.
        <path d="M9.5 18.5 Q16 27 22.5 18.5 Z" className="mood-face-mouth" />
      ) : (
        <path d={`M10 ${21 - curve / 2} Q16 ${21 + curve} 22 ${21 - curve / 2}`} className="mood-face-line" />
      )}
    </svg>
  );
}
