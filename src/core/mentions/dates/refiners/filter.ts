// chrono-node's Filter shape (a refiner that keeps the results one predicate accepts); chrono does not
// export its own abstract class, so this is the same few lines.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

export abstract class Filter implements Refiner {
  abstract isValid(context: ParsingContext, result: ParsingResult): boolean;

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => this.isValid(context, result));
  }
}
