package org.newskg.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.newskg.text.AnnotatedSentence;

/**
 * The matcher claims java.util.regex semantics. Random patterns over one-letter tokens are written
 * both ways ({@code "a" []*? ("b" | "c")} and {@code a.*?(?:b|c)}) and must find the same matches.
 */
class PatternVsJavaRegexProperties {

  /** A random pattern, rendered in both syntaxes. */
  record Both(String ours, String java) {
    @Override
    public String toString() {
      return ours + "   vs   " + java;
    }
  }

  @Provide
  Arbitrary<Both> patterns() {
    return Arbitraries.lazyOf(
        () -> Arbitraries.of("a", "b", "c").map(w -> new Both("\"" + w + "\"", w)),
        () -> Arbitraries.just(new Both("[]", ".")),
        () -> Arbitraries.just(new Both("[lower=a | lower=b]", "[ab]")),
        () -> Arbitraries.of(new Both("^", "^"), new Both("$", "$")),
        () -> Combinators.combine(patterns(), patterns())
            .as((x, y) -> new Both(x.ours() + " " + y.ours(), x.java() + y.java())),
        () -> Combinators.combine(patterns(), patterns())
            .as((x, y) -> new Both("(" + x.ours() + " | " + y.ours() + ")", "(?:" + x.java() + "|" + y.java() + ")")),
        () -> Combinators.combine(atoms(), quantifiers())
            .as((x, q) -> new Both("(" + x.ours() + ")" + q, "(?:" + x.java() + ")" + q.replace("{,", "{0,"))));
  }

  private Arbitrary<Both> atoms() {
    return patterns().filter(b -> !b.ours().equals("^") && !b.ours().equals("$"));
  }

  /** In our syntax; Java has no {,n}, the test rewrites it to {0,n}. */
  private Arbitrary<String> quantifiers() {
    return Combinators.combine(
            Arbitraries.of("?", "*", "+", "{2}", "{1,3}", "{,2}", "{2,}"), Arbitraries.of("", "?"))
        .as((q, lazy) -> q + lazy);
  }

  @Provide
  Arbitrary<String> sentences() {
    return Arbitraries.of("a", "b", "c").list().ofMinSize(0).ofMaxSize(9).map(l -> String.join(" ", l));
  }

  /**
   * Java ends a repetition at the first iteration that matches nothing, even short of its minimum
   * ({@code (?:^(?:a|.?)){2}} on "a" matches ""); ours counts that iteration. Rules never repeat
   * something that can match nothing, so such patterns are left out of the comparison.
   */
  private static boolean repeatsSomethingEmpty(Node n) {
    if (n instanceof Node.Repeat r) {
      return r.body().minLength() == 0 || repeatsSomethingEmpty(r.body());
    } else if (n instanceof Node.Seq s) {
      return s.items().stream().anyMatch(PatternVsJavaRegexProperties::repeatsSomethingEmpty);
    } else if (n instanceof Node.Alt a) {
      return a.options().stream().anyMatch(PatternVsJavaRegexProperties::repeatsSomethingEmpty);
    } else if (n instanceof Node.Capture c) {
      return repeatsSomethingEmpty(c.body());
    }
    return false;
  }

  private static boolean comparable(String ours) {
    return !repeatsSomethingEmpty(PatternParser.parse(ours, PatternContext.permissive()).root());
  }

  @Property(tries = 2000)
  void findAllAgreesWithJavaRegex(@ForAll("patterns") Both p, @ForAll("sentences") String words) {
    Assume.that(comparable(p.ours()));
    String chars = words.replace(" ", "");
    List<String> expected = new ArrayList<>();
    Matcher jm = Pattern.compile(p.java()).matcher(chars);
    while (jm.find()) {
      expected.add(jm.start() + "-" + jm.end());
    }
    AnnotatedSentence s = Sentences.of(words.isEmpty() ? "" : words);
    List<String> actual = new ArrayList<>();
    PatternMatcher matcher = TokenPattern.compile(p.ours()).matcher(s);
    for (Match m : matcher.findAll()) {
      actual.add(m.start() + "-" + m.end());
    }
    // Java has no step budget: a start we gave up on may match there.
    Assume.that(matcher.abandonedStarts() == 0);
    if (!expected.equals(actual)) {
      throw new AssertionError(p + " on '" + chars + "': java " + expected + " but ours " + actual);
    }
  }

  @Property(tries = 2000)
  void lastCaptureAgreesWithJavaGroup(@ForAll("patterns") Both p, @ForAll("patterns") Both q,
      @ForAll("sentences") String words) {
    Tuple.Tuple2<String, String> both = Tuple.of(
        p.ours() + " @x:(" + q.ours() + ")", p.java() + "(?<x>" + q.java() + ")");
    Assume.that(comparable(both.get1()));
    String chars = words.replace(" ", "");
    Matcher jm = Pattern.compile(both.get2()).matcher(chars);
    AnnotatedSentence s = Sentences.of(words);
    PatternMatcher matcher = TokenPattern.compile(both.get1()).matcher(s);
    var ours = matcher.find();
    Assume.that(matcher.abandonedStarts() == 0);
    if (!jm.find()) {
      if (ours.isPresent()) {
        throw new AssertionError(both + " on '" + chars + "': java finds nothing, ours " + ours.get());
      }
      return;
    }
    Match m = ours.orElseThrow(() -> new AssertionError(both + " on '" + chars + "': ours finds nothing"));
    Capture x = m.capture("x");
    String javaSpan = jm.start("x") + "-" + jm.end("x");
    String ourSpan = x == null ? "none" : x.start() + "-" + x.end();
    if (!javaSpan.equals(ourSpan)) {
      throw new AssertionError(both + " on '" + chars + "': java x=" + javaSpan + " ours x=" + ourSpan);
    }
  }
}
