import { describe, expect, it } from 'vitest';
import en from '../../scenarios/messages/en/cli.json';
import hu from '../../scenarios/messages/hu/cli.json';
import { problemWord, speakCli } from '../../src/cli/words';
import { PROBLEM_CODES, SCHEMA_LINES, problem } from '../../src/scenario/problems';
import { FIRST_DATE, LAST_DATE } from '../../src/lib/dates';
import { makeWords } from '../../src/i18n';

// Every problem a scenario file can have is said in every language from its code: the command
// line's messages (cli issue.CODE) hold each one, and the English message is the program's line.
const ZOD = ['invalid_type', 'invalid_value', 'too_big', 'too_small', 'invalid_format', 'not_multiple_of', 'unrecognized_keys', 'invalid_key', 'invalid_element', 'invalid_union'].map((c) => `zod.${c}`);
const codes = [...PROBLEM_CODES, ...Object.keys(SCHEMA_LINES), ...ZOD];
const messages = { en: en as Record<string, string>, hu: hu as Record<string, string> };

/** Sample values for a message's placeholders: numbers where it counts, yes for a select. */
function sample(message: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [, name, kind] of message.matchAll(/\{(\w+)(?:, (\w+))?/g)) out[name!] = kind === 'select' ? 'yes' : kind === 'plural' || /^(found|max|days|count|limit)$/.test(name!) ? 2 : `v-${name!}`;
  return out;
}

describe('scenario problems in every language', () => {
  it('each code has its message in English and Hungarian, and the Hungarian differs', () => {
    for (const code of codes) {
      expect(messages.en[`issue.${code}`], code).toBeTypeOf('string');
      expect(messages.hu[`issue.${code}`], code).toBeTypeOf('string');
      expect(messages.hu[`issue.${code}`], code).not.toBe(messages.en[`issue.${code}`]);
    }
    // And no message is left over from a code that is gone.
    const keys = Object.keys(messages.en).filter((k) => k.startsWith('issue.') && k !== 'issue.topLevel');
    expect(keys.sort()).toEqual(codes.map((c) => `issue.${c}`).sort());
  });

  it("the English message, with the problem's values, is the program's own line", () => {
    const words = makeWords('en', { en: { cli: messages.en } });
    for (const code of PROBLEM_CODES) {
      const values = sample(messages.en[`issue.${code}`]!);
      expect(words.t(`cli:issue.${code}`, values), code).toBe(problem(code, values).message);
    }
    for (const [code, line] of Object.entries(SCHEMA_LINES)) expect(words.t(`cli:issue.${code}`, { from: FIRST_DATE, to: LAST_DATE }), code).toBe(line);
  });

  it('the command line keeps the English line in English and says the code in Hungarian', () => {
    const p = problem('ref.unknownArea', { id: 'atlantis' });
    speakCli('en');
    expect(problemWord(p.message, p.code, p.values)).toBe('unknown area "atlantis"');
    speakCli('hu');
    expect(problemWord(p.message, p.code, p.values)).toBe('ismeretlen terület: „atlantis”');
    expect(problemWord('', 'load.required', { base: 'yes' })).toBe('kötelező (itt adja meg, vagy az alapforgatókönyvben)');
    speakCli('en');
  });
});
