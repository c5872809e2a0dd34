/** A campaign theme's four spot scripts (radio and TV, 30 and 60 s) that meet the rules, for mocked campaigns. */
import type { Spot } from '../../../src/schemas/spots';

const say = (syllables: number) =>
  `${Array.from({ length: syllables }, () => 'em').join(' ')} Gọi 111. Xem tại {address}.`;

export const validSpots: Spot[] = [
  { medium: 'radio', seconds: 30, lines: [{ voice: 'Người dẫn', say: say(70) }] },
  { medium: 'radio', seconds: 60, lines: [{ voice: 'Người dẫn', say: say(150) }] },
  { medium: 'tv', seconds: 30, shots: [{ see: 'Nền xanh.', say: say(70), text: '111 · {address}' }] },
  { medium: 'tv', seconds: 60, shots: [{ see: 'Nền xanh.', say: say(150), text: '111 · {address}' }] },
];
