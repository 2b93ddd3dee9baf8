package org.newskg.rules;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newskg.text.AnnotatedSentence;
import org.newskg.text.Mention;
import org.newskg.text.Token;

/**
 * The quick rejection ({@code couldMatch}) and the start-position filter only skip work: with
 * them, every random pattern finds exactly what it finds without them, on random sentences with
 * lexicon classes and nested mentions.
 */
class FiltersAreSoundProperties {

  private static Arbitrary<String> elements() {
    return Arbitraries.of("\"a\"", "\"b\"", "%x", "%y", "[]", "[%x | lower=b]", "[lower=/a|c/]", "[!%y]",
        "A", "B", "B(k1)", "A(!k2)", "@m:A", "@n:B(k1,k2)", "^", "$");
  }

  @Provide
  Arbitrary<String> patterns() {
    // Elements listed several times so that patterns stay finite.
    return Arbitraries.lazyOf(
        FiltersAreSoundProperties::elements,
        FiltersAreSoundProperties::elements,
        FiltersAreSoundProperties::elements,
        FiltersAreSoundProperties::elements,
        () -> Combinators.combine(patterns(), patterns()).as((x, y) -> x + " " + y),
        () -> Combinators.combine(patterns(), patterns()).as((x, y) -> "(" + x + " | " + y + ")"),
        () -> Combinators.combine(patterns(), Arbitraries.of("?", "*", "+", "{2}", "{0,2}?", "{1,}"))
            .as((x, q) -> "(" + x + ")" + q));
  }

  /** Up to 8 tokens a/b/c with classes x/y, and mentions of types A/B with kinds k1/k2/none. */
  @Provide
  Arbitrary<AnnotatedSentence> sentences() {
    Arbitrary<String> word = Arbitraries.of("a", "b", "c");
    Arbitrary<List<String>> classes = Arbitraries.of("x", "y").set().ofMaxSize(2).map(ArrayList::new);
    Arbitrary<int[]> mention = Combinators.combine(
        Arbitraries.integers().between(0, 7), Arbitraries.integers().between(1, 3),
        Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 2))
        .as((start, len, type, kind) -> new int[] {start, len, type, kind});
    return Combinators.combine(
            Combinators.combine(word, classes).as((w, c) -> w + (c.isEmpty() ? "" : "/" + String.join("/", c)))
                .list().ofMaxSize(8),
            mention.list().ofMaxSize(4))
        .as((toks, ms) -> {
          AnnotatedSentence plain = Sentences.of(String.join(" ", toks));
          List<Mention> mentions = new ArrayList<>();
          for (int[] m : ms) {
            int end = Math.min(m[0] + m[1], plain.tokens().size());
            if (m[0] < end) {
              mentions.add(new Mention(m[2] == 0 ? "A" : "B", m[3] == 0 ? null : "k" + m[3], m[0], end, null));
            }
          }
          List<Token> tokens = plain.tokens();
          return new AnnotatedSentence(0, 0, plain.text().length(), plain.text(), tokens, mentions);
        });
  }

  private static String show(List<Match> ms) {
    StringBuilder b = new StringBuilder();
    for (Match m : ms) {
      b.append(m.start()).append('-').append(m.end()).append(m.captures()).append(' ');
    }
    return b.toString();
  }

  @Property(tries = 3000)
  void filtersNeverChangeWhatIsFound(@ForAll("patterns") String pattern, @ForAll("sentences") AnnotatedSentence s) {
    TokenPattern p = TokenPattern.compile(pattern);
    String unfiltered = show(new PatternMatcher(p, s, false).findAll());
    String filtered = show(p.matcher(s).findAll());
    String every = show(p.matcher(s).findEvery());
    String everyUnfiltered = show(new PatternMatcher(p, s, false).findEvery());
    if (!unfiltered.equals(filtered) || !every.equals(everyUnfiltered)) {
      throw new AssertionError(pattern + " (" + p + ") on " + s + ": unfiltered " + unfiltered
          + " filtered " + filtered + " / every " + everyUnfiltered + " vs " + every);
    }
    if (!unfiltered.isEmpty() && !p.couldMatch(s)) {
      throw new AssertionError(pattern + " matches but couldMatch says no: " + s);
    }
  }
}
