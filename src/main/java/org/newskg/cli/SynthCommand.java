package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// PLACEHOLDER: being written; replaced by the real command.
@Command(name = "synth", mixinStandardHelpOptions = true, description = "(not yet written)")
final class SynthCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("synth is not written yet");
  }
}
