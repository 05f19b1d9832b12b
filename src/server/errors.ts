// A refusal the client is shown: an HTTP status, a code and one line saying why.
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

export const refuse = (status: number, code: string, message: string): never => {
  throw new Refusal(status, code, message);
};
