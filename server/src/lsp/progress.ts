import type { WorkDoneProgressReporter } from 'vscode-languageserver';

// Page-by-page progress of a conversion as LSP work-done progress: one report per
// whole percent at most, so a 300-page PDF sends about a hundred messages, not 300.

export interface PageProgress {
  readonly report: (done: number, total: number) => void;
  readonly done: () => void;
}

export function progressReporter(reporter: WorkDoneProgressReporter, title: string): PageProgress {
  let begun = false;
  let last = -1;
  return {
    report: (done, total) => {
      if (!begun) {
        reporter.begin(title, 0, undefined, false);
        begun = true;
      }
      const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
      if (percent === last) return;
      last = percent;
      reporter.report(percent, `page ${done} of ${total}`);
    },
    done: () => {
      if (begun) reporter.done();
    },
  };
}
