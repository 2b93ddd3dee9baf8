package org.newskg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newskg.facts.ActorKind;
import org.newskg.facts.Certainty;
import org.newskg.facts.Stance;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.TsvFile;
import org.newskg.rules.PatternContext;
import org.newskg.rules.Rule;
import org.newskg.rules.RuleException;
import org.newskg.rules.RuleFiles;
import org.newskg.text.Boilerplate;

/**
 * Everything loaded from a rules folder: gazetteer, lexicon, boilerplate patterns and the rules,
 * checked once so that a mistake is refused up front with its file and line.
 */
record Rulebook(Gazetteer gazetteer, Lexicon lexicon, Boilerplate boilerplate, List<Rule> actorRules, List<Rule> factRules,
    List<Rule> sentenceRules, List<Rule> rereadRules, List<Rule> clauseRules) {
  /**
   * The fact rules, and the three subsets each reading of a sentence runs (chosen once here rather
   * than by looking at every rule's parameters for every sentence): the sentence as written (all
   * but clause-only rules), rewritten readings (attribution rules of no special voice, unless
   * {@code reread: no}) and reported clauses ({@code voice: article} and {@code voice: reported}).
   */
  Rulebook(Gazetteer gazetteer, Lexicon lexicon, Boilerplate boilerplate, List<Rule> actorRules, List<Rule> factRules) {
    this(gazetteer, lexicon, boilerplate, actorRules, factRules,
        factRules.stream().filter(r -> !"reported".equals(r.param("voice"))).toList(),
        factRules.stream().filter(r -> r.type().equals("attribution") && r.param("voice") == null && !"no".equals(r.param("reread"))).toList(),
        factRules.stream().filter(r -> r.type().equals("attribution") && readsClauses(r) && !"no".equals(r.param("reread"))).toList());
  }

  /** A rule of the article's own voice or of reported clauses: it names no attributor of its own. */
  static boolean readsClauses(Rule r) {
    return "article".equals(r.param("voice")) || "reported".equals(r.param("voice"));
  }

  static final Set<String> MENTION_TYPES = Set.of("ACTOR", "STRIKE", "LOCATION", "QUOTE");
  static final Map<String, Set<String>> PARAMS =
      Map.of(
          "actor", Set.of("kind", "label", "org", "span", "scope", "priority"),
          "attribution", Set.of("stance", "certainty", "perpetrator", "strike", "voice", "hedge", "reread", "priority"),
          "quote", Set.of("priority"),
          "statement", Set.of("priority"));

  static Rulebook load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RuleException(dir + ": rules folder not found");
    }
    Gazetteer gazetteer = Gazetteer.load(dir.resolve("gazetteer"));
    Lexicon lexicon = Lexicon.load(dir.resolve("lexicon.tsv"));
    Boilerplate boilerplate = boilerplate(dir.resolve("boilerplate.tsv"));
    PatternContext ctx = new PatternContext(PARAMS.keySet(), PARAMS, lexicon.classes(), MENTION_TYPES);
    List<Rule> all = RuleFiles.load(dir, ctx);
    List<Rule> actorRules = new ArrayList<>();
    List<Rule> factRules = new ArrayList<>();
    for (Rule r : all) {
      check(r);
      (r.type().equals("actor") ? actorRules : factRules).add(r);
    }
    Comparator<Rule> byPriority = Comparator.comparingInt(r -> -priority(r));
    actorRules.sort(byPriority);
    factRules.sort(byPriority);
    return new Rulebook(gazetteer, lexicon, boilerplate, List.copyOf(actorRules), List.copyOf(factRules));
  }

  static int priority(Rule r) {
    String p = r.param("priority");
    return p == null ? 0 : Integer.parseInt(p.strip());
  }

  /** The parameters the extractor interprets, checked now rather than on the first article. */
  private static void check(Rule r) {
    try {
      if (r.param("priority") != null) {
        Integer.parseInt(r.param("priority").strip());
      }
    } catch (NumberFormatException e) {
      throw r.error("priority", "priority must be a whole number, not '" + r.param("priority") + "'");
    }
    switch (r.type()) {
      case "actor" -> {
        if (r.param("kind") == null) {
          throw r.error("type", "an actor rule needs kind: (one of " + kinds() + ")");
        }
        try {
          ActorKind.parse(r.param("kind"));
        } catch (IllegalArgumentException e) {
          throw r.error("kind", "unknown actor kind '" + r.param("kind") + "' (one of " + kinds() + ")");
        }
      }
      case "attribution" -> {
        if (r.param("stance") == null) {
          throw r.error("type", "an attribution rule needs stance:");
        }
        try {
          Stance.parse(r.param("stance"));
        } catch (IllegalArgumentException e) {
          throw r.error("stance", "unknown stance '" + r.param("stance") + "'");
        }
        if (r.param("certainty") != null) {
          try {
            Certainty.parse(r.param("certainty"));
          } catch (IllegalArgumentException e) {
            throw r.error("certainty", "unknown certainty '" + r.param("certainty") + "'");
          }
        }
        if (r.param("reread") != null && !r.param("reread").strip().equals("no")) {
          throw r.error("reread", "reread can only be 'no', not '" + r.param("reread") + "'");
        }
        if (r.param("voice") != null && !r.param("voice").matches("article|speaker|reported")) {
          throw r.error("voice", "voice must be article, reported or speaker, not '" + r.param("voice") + "'");
        }
        boolean articleVoice = r.param("voice") != null;
        if (!articleVoice && !r.pattern().captureNames().contains("attributor")) {
          throw r.error("pattern", "an attribution rule needs an @attributor capture (or voice: article, reported or speaker)");
        }
        if (!r.pattern().captureNames().contains("cue")) {
          throw r.error("pattern", "an attribution rule needs a @cue capture (the words that carry the stance)");
        }
      }
      case "quote" -> {
        if (!r.pattern().captureNames().containsAll(List.of("speaker", "quote"))) {
          throw r.error("pattern", "a quote rule needs @speaker and @quote captures");
        }
      }
      case "statement" -> {
        if (!r.pattern().captureNames().contains("speaker")) {
          throw r.error("pattern", "a statement rule needs a @speaker capture");
        }
      }
      default -> throw r.error("type", "unknown type '" + r.type() + "'");
    }
  }

  private static String kinds() {
    return java.util.Arrays.stream(ActorKind.values()).map(ActorKind::id).toList().toString();
  }

  private static Boilerplate boilerplate(Path file) {
    if (!Files.exists(file)) {
      return new Boilerplate(List.of(), List.of());
    }
    List<Pattern> stop = new ArrayList<>();
    List<Pattern> drop = new ArrayList<>();
    for (TsvFile.Row row : TsvFile.read(file, List.of("action", "pattern")).rows()) {
      Pattern p;
      try {
        p = Pattern.compile(row.get("pattern"));
      } catch (PatternSyntaxException e) {
        throw new RuleException(row.where() + ": bad regular expression: " + e.getDescription());
      }
      switch (String.valueOf(row.get("action"))) {
        case "stop" -> stop.add(p);
        case "drop" -> drop.add(p);
        default -> throw new RuleException(row.where() + ": action must be stop or drop, not " + row.get("action"));
      }
    }
    return new Boilerplate(stop, drop);
  }
}
