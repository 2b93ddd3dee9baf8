package org.newskg.extract;

import org.newskg.text.TokenClasses;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newskg.gazetteer.TsvFile;
import org.newskg.rules.RuleException;

/** Word forms by lexicon class (rules/lexicon.tsv); a token gets every class its lower form is in. */
public final class Lexicon {
  private final Map<String, Set<String>> classesByWord;
  private final Set<String> classes;

  private Lexicon(Map<String, Set<String>> classesByWord, Set<String> classes) {
    this.classesByWord = classesByWord;
    this.classes = Set.copyOf(classes);
  }

  public Set<String> classesOf(String lower) {
    return classesByWord.getOrDefault(lower, TokenClasses.NONE);
  }

  public Set<String> classes() {
    return classes;
  }

  public boolean is(String lower, String cls) {
    return classesOf(lower).contains(cls);
  }

  public static Lexicon load(Path file) {
    Map<String, Set<String>> byWord = new HashMap<>();
    Set<String> classes = new HashSet<>();
    Map<String, java.util.List<String>> includes = new java.util.LinkedHashMap<>();
    for (TsvFile.Row row : TsvFile.read(file, java.util.List.of("class", "words")).rows()) {
      String cls = row.get("class");
      if (cls == null || !cls.matches("[a-z][a-z0-9_]*")) {
        throw new RuleException(row.where() + ": bad lexicon class name '" + cls + "'");
      }
      classes.add(cls);
      Arrays.stream(row.get("words") == null ? new String[0] : row.get("words").split("\\|"))
          .map(String::strip)
          .filter(w -> !w.isEmpty())
          .peek(w -> {
            if (w.startsWith("@")) {
              includes.computeIfAbsent(cls, k -> new java.util.ArrayList<>()).add(w.substring(1));
            }
          })
          .filter(w -> !w.startsWith("@"))
          .forEach(w -> byWord.computeIfAbsent(org.newskg.text.Tokenizer.lower(w), k -> new HashSet<>()).add(cls));
    }
    // "@say" in a class's words includes every word of class say (one level, after all lines are read).
    includes.forEach((cls, included) -> {
      for (String inc : included) {
        if (!classes.contains(inc)) {
          throw new RuleException(file + ": class " + cls + " includes unknown class @" + inc);
        }
        byWord.values().forEach(cs -> {
          if (cs.contains(inc)) {
            cs.add(cls);
          }
        });
      }
    });
    Map<String, Set<String>> frozen = new HashMap<>();
    byWord.forEach((w, cs) -> frozen.put(w, TokenClasses.of(cs))); // tokens share these, uncopied
    return new Lexicon(Map.copyOf(frozen), classes);
  }
}
