/**
 * Radio and TV spot scripts for the broadcaster, written on each campaign (field
 * `spots`). The site's address is never typed: a script writes {address} and the
 * build fills in the address from the site config (src/lib/spot-scripts.ts).
 * Every script ends on a line that says 111 and the address.
 */
import { z } from 'astro/zod';

/** Where a script says the site's address; filled from site.url at build. */
export const addressPlaceholder = '{address}';

/** A typed web address in a script: it would go stale, and a local build's address must never be read on air. */
const typedAddress = /https?:\/\/|www\.|\b[a-z0-9-]+\.(?:vn|com|org|net|gov)\b/i;

/** Says 111, then the address, and nothing but punctuation after it. */
function endsWith111AndAddress(text: string): boolean {
  const at = text.lastIndexOf(addressPlaceholder);
  return at >= 0 && /111/.test(text.slice(0, at)) && /^[\s.!…)"”]*$/.test(text.slice(at + addressPlaceholder.length));
}

const spotText = z
  .string()
  .min(1)
  .refine((text) => !typedAddress.test(text), {
    message: `Write ${addressPlaceholder} where the script says the site's address; the build fills it in from the site config.`,
  });

/** 30 or 60 seconds: the two lengths the broadcaster schedules. */
export const spotSeconds = z.union([z.literal(30), z.literal(60)], { error: 'A spot lasts 30 or 60 (seconds).' });

/** One line of a radio script: a voice and what it says, or a sound (music, a phone ringing) that is heard, not read. */
const radioLine = z
  .strictObject({
    /** Who speaks: "Người dẫn", "Mẹ", "Em gái 12 tuổi". */
    voice: z.string().min(1).optional(),
    /** What the voice says, to be read as written. */
    say: spotText.optional(),
    /** A sound or music cue, not read aloud. */
    sound: z.string().min(1).optional(),
  })
  .refine(
    (line) =>
      (line.voice !== undefined) === (line.say !== undefined) && (line.say !== undefined || line.sound !== undefined),
    {
      message: 'A radio line has a voice with what it says (voice + say), or a sound cue (sound), or both.',
    },
  );

/** One shot of a TV script: what is seen, what is said over it, and any words shown on screen. */
const tvShot = z.strictObject({
  /** What the viewer sees. */
  see: z.string().min(1),
  /** What is said (voice-over or on camera); left out for a silent shot. */
  say: spotText.optional(),
  /** Words shown on screen. */
  text: spotText.optional(),
});

export const radioSpotSchema = z.strictObject({
  medium: z.literal('radio'),
  seconds: spotSeconds,
  lines: z
    .array(radioLine)
    .min(1)
    .superRefine((lines, ctx) => {
      const last = lines.at(-1);
      if (last && !endsWith111AndAddress(last.say ?? '')) {
        ctx.addIssue({
          code: 'custom',
          path: [lines.length - 1, 'say'],
          message: `The last line must say 111 and end with ${addressPlaceholder} (the site's address).`,
        });
      }
    }),
});

export const tvSpotSchema = z.strictObject({
  medium: z.literal('tv'),
  seconds: spotSeconds,
  shots: z
    .array(tvShot)
    .min(1)
    .superRefine((shots, ctx) => {
      const last = shots.at(-1);
      if (!last) return;
      for (const field of ['say', 'text'] as const) {
        if (!endsWith111AndAddress(last[field] ?? '')) {
          ctx.addIssue({
            code: 'custom',
            path: [shots.length - 1, field],
            message: `The last shot must ${field === 'say' ? 'say' : 'show'} 111 and end with ${addressPlaceholder} (the site's address).`,
          });
        }
      }
    }),
});

export const spotSchema = z.discriminatedUnion('medium', [radioSpotSchema, tvSpotSchema], {
  error: 'A spot has medium: radio or medium: tv.',
});

export type Spot = z.infer<typeof spotSchema>;
export type RadioSpot = z.infer<typeof radioSpotSchema>;
export type TvSpot = z.infer<typeof tvSpotSchema>;
export const spotMedia = ['radio', 'tv'] as const satisfies readonly Spot['medium'][];
export const spotLengths = [30, 60] as const satisfies readonly Spot['seconds'][];
