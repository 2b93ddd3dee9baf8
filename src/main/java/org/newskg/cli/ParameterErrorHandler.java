package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A wrong argument: one line naming the problem and where to find help; exit code 2. */
final class ParameterErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    cl.getErr()
        .println("newskg: " + ex.getMessage() + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
    return 2;
  }
}
