package org.newskg.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads every {@code *.rules} file under a folder into {@link Rule} values with compiled patterns.
 * All files are read before anything is reported, so one run shows every broken rule.
 */
public final class RuleFiles {
  private RuleFiles() {}

  /** Loads with {@link PatternContext#permissive()}: only syntax is checked, not names. */
  public static List<Rule> load(Path dir) {
    return load(dir, PatternContext.permissive());
  }

  /**
   * Loads {@code dir/**}{@code /*.rules} in path order; rules come out in file order.
   *
   * @throws RuleException listing every problem, one "FILE:LINE[:COL]: rule NAME: what" per line
   */
  public static List<Rule> load(Path dir, PatternContext ctx) {
    if (!Files.isDirectory(dir)) {
      throw new RuleException(dir + ": no such rules folder");
    }
    List<String> errors = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    Map<String, Rule> byName = new HashMap<>();
    Map<Path, List<Stanza>> read = new java.util.LinkedHashMap<>();
    for (Path file : ruleFiles(dir)) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        errors.add(file + ": not UTF-8 text");
        continue;
      } catch (IOException e) {
        errors.add(file + ": cannot read: " + e.getMessage());
        continue;
      }
      read.put(file, StanzaReader.read(file, lines, errors));
    }
    // Definitions first (in file order), so a rule may use one written in any file.
    SubPatterns subPatterns = new SubPatterns();
    read.forEach((file, stanzas) -> stanzas.stream().filter(SubPatterns::isDefinition)
        .forEach(st -> subPatterns.define(file, st, ctx, errors)));
    for (Map.Entry<Path, List<Stanza>> fileStanzas : read.entrySet()) {
      RuleReader reader = new RuleReader(fileStanzas.getKey(), ctx, subPatterns, errors);
      for (Stanza stanza : fileStanzas.getValue()) {
        if (SubPatterns.isDefinition(stanza)) {
          continue;
        }
        Rule rule = reader.read(stanza);
        if (rule == null) {
          continue;
        }
        Rule first = byName.putIfAbsent(rule.name(), rule);
        if (first != null) {
          errors.add(rule.file() + ":" + rule.lineOf("rule") + ": rule " + rule.name()
              + ": duplicate rule name (first defined at " + first.file() + ":" + first.lineOf("rule") + ")");
          continue;
        }
        rules.add(rule);
      }
    }
    if (!errors.isEmpty()) {
      throw new RuleException(errors);
    }
    return List.copyOf(rules);
  }

  private static List<Path> ruleFiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      // Sorted by the path text, so the order (and thus rule order) is the same on every machine.
      // Hidden files are editors' lock and backup files, not rules.
      return walk.filter(p -> p.getFileName().toString().endsWith(".rules")
              && !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p))
          .sorted(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new RuleException(dir + ": cannot list rule files: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new RuleException(dir + ": cannot list rule files: " + e.getCause().getMessage());
    }
  }
}
