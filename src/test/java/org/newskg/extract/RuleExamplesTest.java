package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newskg.facts.Actor;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Attribution;
import org.newskg.facts.Statement;
import org.newskg.input.RawArticle;
import org.newskg.rules.Match;
import org.newskg.rules.Rule;
import org.newskg.rules.RuleExample;
import org.newskg.text.AnnotatedSentence;

/**
 * Every rule's examples, run through the whole extractor with the project's rules: a rule whose
 * example stops giving its expected output fails the build.
 */
class RuleExamplesTest {
  static final Extractor EXTRACTOR = Extractor.load(Path.of("rules"));

  @Test
  void everyRuleHasAnExample() {
    for (Rule r : EXTRACTOR.rules()) {
      assertFalse(r.examples().isEmpty(), r.file() + ":" + r.line() + ": rule " + r.name() + " has no example");
    }
  }

  @TestFactory
  Stream<DynamicTest> examples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule r : EXTRACTOR.rules()) {
      for (RuleExample ex : r.examples()) {
        tests.add(DynamicTest.dynamicTest(r.name() + " line " + ex.line(), () -> check(r, ex)));
      }
    }
    return tests.stream();
  }

  private static void check(Rule rule, RuleExample ex) {
    List<String> fired = new ArrayList<>();
    ArticleFacts facts =
        EXTRACTOR.extract(RawArticle.ofText("example.txt", "Example\n\n" + ex.sentence() + "\n"), new Trace() {
          @Override
          public void fired(Rule r, Match m, AnnotatedSentence s, String outcome) {
            if (r.name().equals(rule.name())) {
              fired.add(outcome);
            }
          }
        });
    String where = rule.file() + ":" + ex.line() + ": rule " + rule.name() + ": " + ex.sentence();
    // A key this test does not check would pass whatever the rule did: refuse it.
    Set<String> checked = EXPECT_KEYS.getOrDefault(rule.type(), Set.of());
    ex.expected().forEach(e -> assertTrue(checked.contains(e.getKey()), where + ": expect key '" + e.getKey() + "' is not checked for "
        + rule.type() + " rules (use " + checked + ")"));
    Map<String, String> labels = new HashMap<>();
    facts.actors().forEach(a -> labels.put(a.key(), a.label()));
    switch (rule.type()) {
      case "attribution" -> {
        List<Attribution> made = facts.attributions().stream().filter(a -> a.rule().equals(rule.name())).toList();
        if (nothingExpected(ex, made, where)) {
          return;
        }
        assertFalse(made.isEmpty(), where + ": made no attribution (fired: " + fired + ")");
        for (String p : ex.expected("perpetrator")) {
          assertTrue(made.stream().anyMatch(a -> same(labels.get(a.perpetratorKey()), p)), where + ": no perpetrator " + p + " in " + describe(made, labels));
        }
        for (Attribution a : made) {
          ex.expected("attributor").forEach(x -> assertTrue(same(labels.get(a.attributorKey()), x), where + ": attributor " + labels.get(a.attributorKey()) + " != " + x));
          ex.expected("stance").forEach(x -> assertTrue(a.stance().id().equals(x), where + ": stance " + a.stance().id() + " != " + x));
          ex.expected("certainty").forEach(x -> assertTrue(a.certainty().id().equals(x), where + ": certainty " + a.certainty().id() + " != " + x));
        }
      }
      case "quote" -> {
        List<Statement> made = facts.statements().stream().filter(s -> s.rule().equals(rule.name()) && s.direct()).toList();
        if (nothingExpected(ex, made, where)) {
          return;
        }
        assertFalse(made.isEmpty(), where + ": made no quote (fired: " + fired + ")");
        for (String sp : ex.expected("speaker")) {
          assertTrue(made.stream().anyMatch(s -> same(labels.get(s.speakerKey()), sp)), where + ": no quote by " + sp + " in " + made);
        }
        for (String q : ex.expected("quote")) {
          assertTrue(made.stream().anyMatch(s -> s.text().startsWith(q)), where + ": no quote starting " + q);
        }
      }
      case "statement" -> {
        List<Statement> made = facts.statements().stream().filter(s -> s.rule().equals(rule.name())).toList();
        if (nothingExpected(ex, made, where)) {
          return;
        }
        assertFalse(made.isEmpty(), where + ": made no statement (fired: " + fired + ")");
        for (String sp : ex.expected("speaker")) {
          assertTrue(made.stream().anyMatch(s -> same(labels.get(s.speakerKey()), sp)), where + ": no statement by " + sp);
        }
      }
      case "actor" -> {
        assertFalse(fired.isEmpty(), where + ": the actor rule did not fire");
        for (String l : ex.expected("label")) {
          assertTrue(facts.actors().stream().map(Actor::label).anyMatch(x -> same(x, l)), where + ": no actor labelled " + l + " in " + facts.actors().stream().map(Actor::label).toList());
        }
        for (String o : ex.expected("org")) {
          assertTrue(facts.actors().stream().filter(a -> ex.expected("label").stream().allMatch(l -> same(a.label(), l)))
                  .anyMatch(a -> a.speaksForKey() != null && same(labels.get(a.speaksForKey()), o)),
              where + ": no actor speaking for " + o + " in " + facts.actors().stream().map(a -> a.label() + "→" + labels.get(a.speaksForKey())).toList());
        }
      }
      default -> fail(where + ": unknown type " + rule.type());
    }
  }

  private static final Map<String, Set<String>> EXPECT_KEYS = Map.of(
      "attribution", Set.of("attributor", "perpetrator", "stance", "certainty"),
      "quote", Set.of("speaker", "quote"),
      "statement", Set.of("speaker"),
      "actor", Set.of("label", "org"));

  /** For {@code expect: nothing}: checks the rule made nothing and says so (then there is nothing else to check). */
  private static boolean nothingExpected(RuleExample ex, List<?> made, String where) {
    if (ex.expectNothing()) {
      assertTrue(made.isEmpty(), where + ": expected nothing, got " + made);
    }
    return ex.expectNothing();
  }

  private static boolean same(String a, String b) {
    return a != null && norm(a).equals(norm(b));
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceFirst("^the ", "").strip();
  }

  private static String describe(List<Attribution> as, Map<String, String> labels) {
    return as.stream().map(a -> labels.get(a.attributorKey()) + " " + a.stance().id() + " " + labels.get(a.perpetratorKey())).toList().toString();
  }
}
