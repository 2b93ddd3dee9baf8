package org.newskg.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newskg.text.AnnotatedSentence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How fast a rule set of typical shape runs over typical news sentences. Articles should go
 * through at 10 MB/s per core in the end, so the rules' share must stay well above that.
 * Run: {@code java -cp TEST_CLASSPATH org.newskg.rules.MatcherBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MatcherBenchmark {
  static final String[] PATTERNS = {
    "@attributor:ACTOR []{0,4}? [%blame & !%neg] @perpetrator:ACTOR ( (\",\" | \"and\") @perpetrator:ACTOR )*"
        + " \"for\" []{0,6}? @strike:STRIKE",
    "@attributor:ACTOR []{0,3}? %blame @strike:STRIKE []{0,3}? \"on\" @perpetrator:ACTOR",
    "@attributor:ACTOR []{0,4}? [%deny & !%neg] []{0,6}? (\"involvement\" | \"responsibility\") []{0,4}? @strike:STRIKE",
    "@attributor:ACTOR []{0,3}? %say []{0,3}? @perpetrator:ACTOR []{0,4}? %hedge? []{0,3}? \"carried\" \"out\" []{0,3}? @strike:STRIKE",
    "\"according to\" @attributor:ACTOR \",\" []{0,8}? @perpetrator:ACTOR []{0,6}? @strike:STRIKE",
    "@perpetrator:ACTOR []{0,3}? \"claimed\" \"responsibility\" \"for\" []{0,4}? @strike:STRIKE",
    "@strike:STRIKE []{0,8}? \"was\" []{0,2}? \"carried\" \"out\" \"by\" @perpetrator:ACTOR",
    "@speaker:ACTOR []{0,3}? %say \",\"? @quote:QUOTE",
    "@quote:QUOTE \",\"? %say @speaker:ACTOR",
    "@attributor:ACTOR(!person) []{0,5}? %accuse @perpetrator:ACTOR []{0,4}? \"of\" []{0,6}? @strike:STRIKE",
  };

  List<TokenPattern> patterns;
  List<AnnotatedSentence> sentences;
  int characters;

  public MatcherBenchmark() {
    setUp();
  }

  final void setUp() {
    patterns = new ArrayList<>();
    for (int copy = 0; copy < 4; copy++) {
      for (String p : PATTERNS) {
        patterns.add(TokenPattern.compile(p));
      }
    }
    sentences = List.of(
        Sentences.of("[ACTOR:country The U.S. government ] has said/say that [ACTOR:country Israel ] possibly/hedge"
            + " has a role in last month ’s [STRIKE:strike strike ] that took place north of [LOCATION Baghdad ]"
            + " and took a toll on relations between [ACTOR:country Iraq ] and [ACTOR:country the United States ] ,"
            + " two [ACTOR:unnamed_official U.S. officials ] said/say ."),
        Sentences.of("The [STRIKE:strike strike ] was likely/hedge aimed at militia groups with close ties to"
            + " [ACTOR:country Iran ] ."),
        Sentences.of("[ACTOR:country The U.S. ] has denied/deny any responsibility for the [STRIKE:attack attack ]"
            + " and has not/neg said/say if [ACTOR:country Israel ] was definitely involved in it ."),
        Sentences.of("Spokespeople for the groups have blamed/blame [ACTOR:country the United States ] and"
            + " [ACTOR:country Israel ] for the [STRIKE:bombing blasts ] , which killed two fighters ."),
        Sentences.of("Following the latest incident , the [ACTOR:person Iraqi foreign minister ] summoned the U.S."
            + " charge d’affaires at the American embassy in [LOCATION Baghdad ] on Monday ."),
        Sentences.of("The [ACTOR:country United States ] has over 5,000 forces in [LOCATION Iraq ] assisting in"
            + " the battle against [ACTOR:armed_group ISIS ] ."));
    for (AnnotatedSentence s : sentences) {
      characters += s.text().length() + 1;
    }
  }

  /** One pass of every pattern over every sentence. */
  @Benchmark
  public void allRulesAllSentences(Blackhole bh) {
    for (AnnotatedSentence s : sentences) {
      for (TokenPattern p : patterns) {
        bh.consume(p.matcher(s).findAll());
      }
    }
  }

  /** Only the quick rejection, to see its share of the cost. */
  @Benchmark
  public void couldMatchOnly(Blackhole bh) {
    for (AnnotatedSentence s : sentences) {
      for (TokenPattern p : patterns) {
        bh.consume(p.couldMatch(s));
      }
    }
  }

  public static void main(String[] args) throws RunnerException {
    MatcherBenchmark b = new MatcherBenchmark();
    System.out.printf("%d patterns, %d sentences, %d characters per pass%n",
        b.patterns.size(), b.sentences.size(), b.characters);
    new Runner(new OptionsBuilder().include(MatcherBenchmark.class.getSimpleName()).build()).run();
  }
}
