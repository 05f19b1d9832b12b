// A refusal the client is shown: an HTTP status, a code and one line saying why; with the
// values the line names (a number, a date), so a page can say it in its own language.
export type RefusalValues = Record<string, string | number>;

export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly values?: RefusalValues,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

export const refuse = (status: number, code: string, message: string, values?: RefusalValues): never => {
  throw new Refusal(status, code, message, values);
};
