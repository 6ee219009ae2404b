import { describe, expect, it } from 'vitest';
import { sanitizeHtml, textOf } from '../../core/content/sanitize';
import { startingLibrary } from './library';
import { contentInputSchema } from './schemas';

// Whatever entries the starting library holds, each must be something an editor could have saved.
describe('the starting library', () => {
  it('has unique slugs and entries the content API accepts', () => {
    expect(new Set(startingLibrary.map((e) => e.slug)).size).toBe(startingLibrary.length);
    for (const e of startingLibrary) {
      const parsed = contentInputSchema.safeParse({ ...e, coverImageId: null });
      expect(parsed.success, `${e.slug}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('keeps its text through the sanitiser (its HTML is within the allowlist)', () => {
    for (const e of startingLibrary)
      for (const body of [e.zh.bodyHtml, e.en.bodyHtml])
        expect(textOf(sanitizeHtml(body)), e.slug).toBe(textOf(body));
  });
});
