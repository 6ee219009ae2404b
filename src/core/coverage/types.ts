import type { LatLng } from '../booking/geo';

/** Opening hours as service points store them: on these ISO weekdays (1 = Monday), local time. */
export interface OpeningHours {
  weekdays: number[];
  opens: string;
  closes: string;
}

/** A place on the map (a service point, an enterprise, a candidate site). */
export interface Place extends LatLng {
  id: string;
}

/** An enterprise (or grassroots union) with the number of members it reports; never people. */
export interface Enterprise extends Place {
  members: number;
}
