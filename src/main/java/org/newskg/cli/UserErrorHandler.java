package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** One line on stderr for errors the user can act on; a stack trace only for real bugs. */
final class UserErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    if (e instanceof UserError u) {
      cl.getErr().println("newskg: " + u.getMessage());
      return u.exitCode();
    }
    if (e instanceof org.newskg.rules.RuleException r) {
      cl.getErr().println("newskg: " + r.getMessage());
      return 2;
    }
    cl.getErr().println("newskg: internal error: " + e);
    e.printStackTrace(cl.getErr());
    return 70;
  }
}
