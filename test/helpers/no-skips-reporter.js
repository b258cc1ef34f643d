'use strict';
/**
 * In CI a skipped or todo test is a failure: a skip there means a check nobody ran.
 * Jest fails the run when a reporter's getLastError() answers an error.
 */
class NoSkipsReporter {
  onRunComplete(_contexts, results) {
    const skipped = [];
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        if (test.status === 'pending' || test.status === 'skipped' || test.status === 'todo') skipped.push(`${file.testFilePath}: ${test.fullName}`);
      }
    }
    if (skipped.length > 0) {
      this.error = new Error(`${skipped.length} test(s) skipped, which CI counts as failures:\n  ${skipped.join('\n  ')}`);
      console.error(`\n${this.error.message}\n`);
    }
  }

  getLastError() {
    return this.error;
  }
}

module.exports = NoSkipsReporter;
