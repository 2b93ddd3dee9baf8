package org.newskg.store;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A SPARQL query and where it came from, for error messages.
 *
 * @param name the file path, "queries/NAME.rq", or "query text"
 * @param text the SPARQL
 */
public record QuerySource(String name, String text) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  /**
   * Resolves what a user typed: an existing file; the name of a query in {@code queries/}
   * ("attributions", with or without ".rq"; looked up in ./queries, then $NEWSKG_HOME/queries);
   * otherwise SPARQL text.
   *
   * @throws IllegalArgumentException a name or .rq path that matches no file (message names the
   *     places looked in)
   */
  public static QuerySource resolve(String arg) {
    Path asFile = pathOrNull(arg);
    if (asFile != null && Files.isRegularFile(asFile)) {
      return new QuerySource(arg, read(asFile));
    }
    if (NAME.matcher(arg).matches()) {
      String file = arg.endsWith(".rq") ? arg : arg + ".rq";
      List<Path> places = Home.candidates("queries/" + file);
      for (Path p : places) {
        if (Files.isRegularFile(p)) {
          return new QuerySource(p.toString(), read(p));
        }
      }
      throw new IllegalArgumentException(
          "no query file or named query '"
              + arg
              + "' (looked in "
              + places.stream().map(Path::toString).collect(Collectors.joining(", "))
              + "); named queries: "
              + String.join(", ", available()));
    }
    if (arg.strip().endsWith(".rq") && !arg.contains("{")) {
      // "queries/attributions.rq" typed outside the project folder still means the project's.
      Path home = Home.dir();
      if (home != null
          && asFile != null
          && !asFile.isAbsolute()
          && Files.isRegularFile(home.resolve(asFile))) {
        return new QuerySource(home.resolve(asFile).toString(), read(home.resolve(asFile)));
      }
      throw new IllegalArgumentException("no query file " + arg);
    }
    return new QuerySource("query text", arg);
  }

  /**
   * Loads a named query ("attributions") from queries/, for code that runs the canonical queries.
   */
  public static QuerySource named(String name) {
    return resolve(name);
  }

  /** Names of the queries in the first queries/ folder found, sorted. */
  public static List<String> available() {
    Path dir = Home.find("queries");
    if (dir == null || !Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".rq"))
          .map(n -> n.substring(0, n.length() - 3))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static Path pathOrNull(String arg) {
    try {
      return Path.of(arg);
    } catch (RuntimeException e) {
      return null; // SPARQL text with characters a path cannot hold
    }
  }

  private static String read(Path p) {
    try {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      // A byte-order mark from a Windows editor is not SPARQL.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (MalformedInputException e) {
      throw new IllegalArgumentException(p + ": not UTF-8 text");
    } catch (IOException e) {
      throw new IllegalArgumentException(p + ": cannot read: " + e.getMessage());
    }
  }
}
