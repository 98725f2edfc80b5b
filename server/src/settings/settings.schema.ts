import type { z } from 'zod';
import { ConfigFileSchema } from '../config-file';

/**
 * `PUT /api/settings`: the settings that apply without a restart. The same schema as the config
 * file's keys, so what the page saves is what the server would read at start.
 */
export const SettingsUpdateSchema = ConfigFileSchema.pick({
  globalConcurrency: true,
  defaultBucket: true,
  imageMap: true,
});
export type SettingsUpdate = z.infer<typeof SettingsUpdateSchema>;

/** The keys `PUT /api/settings` changes; the rest of the config file is read only at start. */
export const changeableSettings = Object.keys(SettingsUpdateSchema.shape);

// The answer's shape is shared with the settings page.
export type { SettingsView } from '@pipewright/shared';

type Issue = z.core.$ZodRawIssue;

/**
 * Messages for the problems zod words for programmers ("Too small: expected array to have >=1
 * items"), said in terms of the settings page. Messages set on the schema itself win over these.
 */
export function settingsIssueMessage(issue: Issue): string | undefined {
  const last = issue.path?.at(-1);
  switch (issue.code) {
    case 'invalid_union':
      return 'a rule has a "match" and one of: "mode": "host", "command", "entrypoint" or "imageEntrypoint"';
    case 'too_small':
      if (last === 'match') return 'give an image URI or a regular expression to match';
      if (issue.origin === 'array') return 'give at least the program to run';
      if (issue.origin === 'string') return 'a word cannot be empty';
      return undefined;
    case 'unrecognized_keys':
      return `only ${changeableSettings.join(', ')} change here; ${issue.keys.join(', ')} ${issue.keys.length === 1 ? 'is' : 'are'} read from the config file at start`;
    case 'invalid_type':
      return `expected ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    default:
      return undefined;
  }
}
