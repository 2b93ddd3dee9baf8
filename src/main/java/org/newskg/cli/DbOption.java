package org.newskg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --db option shared by every command that reads or writes the store. */
public final class DbOption {
  public static final String DEFAULT = "newskg-db";

  @Option(
      names = "--db",
      paramLabel = "DIR",
      defaultValue = DEFAULT,
      description = "TDB2 store folder (default: ${DEFAULT-VALUE} in the working directory).")
  Path db;

  public Path db() {
    return db;
  }
}
