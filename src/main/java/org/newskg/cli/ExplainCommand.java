package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.extract.Extractor;
import org.newskg.extract.Trace;
import org.newskg.facts.Actor;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Attribution;
import org.newskg.facts.Statement;
import org.newskg.facts.Strike;
import org.newskg.input.ArticleConsumer;
import org.newskg.input.ArticleFiles;
import org.newskg.input.RawArticle;
import org.newskg.rules.Match;
import org.newskg.rules.Rule;
import org.newskg.text.AnnotatedSentence;
import org.newskg.text.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows rule authors what the rules do, sentence by sentence. Writes nothing. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what the rules do, sentence by sentence: the mentions found (actors, strikes, places,"
          + " quotations), the rules that fired and the facts they made, then the article's facts."
          + " Writes nothing."
    },
    footer = {"", "Examples:", "  ./newskg explain seeds/000_9ab0253e334ba646.txt", "  ./newskg explain --rules my-rules --quiet-sentences articles/"})
final class ExplainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files or folders (.txt, .html, .jsonl).")
  List<Path> paths;

  @picocli.CommandLine.Mixin RulesOption rules;

  @Option(names = "--quiet-sentences", description = "Only list sentences where a rule fired.")
  boolean onlyFired;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Extractor extractor = Extractor.load(rules.dir());
    List<String> skipped = new ArrayList<>();
    ArticleFiles.read(paths, new ArticleConsumer() {
      @Override
      public void article(RawArticle a) {
        explain(extractor, a, out);
      }

      @Override
      public void skipped(String where, String reason) {
        skipped.add(where + ": " + reason);
      }
    });
    skipped.forEach(s -> spec.commandLine().getErr().println("newskg: skipped " + s));
    out.flush();
    return skipped.isEmpty() ? 0 : 3;
  }

  private void explain(Extractor extractor, RawArticle a, PrintWriter out) {
    out.println("=== " + a.name());
    List<String> pending = new ArrayList<>();
    // Actor rules run on a sentence before it is announced: their lines wait for it.
    List<String> actorLines = new ArrayList<>();
    AnnotatedSentence[] current = new AnnotatedSentence[1];
    ArticleFacts facts = extractor.extract(a, new Trace() {
      @Override
      public void sentence(AnnotatedSentence s) {
        flush();
        current[0] = s;
        pending.addAll(actorLines);
        actorLines.clear();
      }

      @Override
      public void fired(Rule rule, Match match, AnnotatedSentence s, String outcome) {
        if (rule.type().equals("actor")) {
          actorLines.add("    actor " + rule.name() + " [" + match.text(s) + "] → " + outcome);
        } else {
          pending.add("    rule " + rule.name() + " [" + match.text(s) + "] → " + outcome);
        }
      }

      void flush() {
        AnnotatedSentence s = current[0];
        if (s != null && (!onlyFired || !pending.isEmpty())) {
          out.println();
          out.println("  [" + s.index() + "] " + s.text());
          StringBuilder ms = new StringBuilder();
          for (Mention m : s.mentions()) {
            ms.append(ms.length() == 0 ? "    mentions: " : ", ")
                .append(m.type()).append(m.kind() == null ? "" : "(" + m.kind() + ")")
                .append(" \"").append(s.textOf(m.start(), m.end())).append('"');
          }
          if (ms.length() > 0) {
            out.println(ms);
          }
          pending.forEach(out::println);
        }
        pending.clear();
      }
    });
    if (current[0] != null && (!onlyFired || !pending.isEmpty())) {
      out.println();
      out.println("  [" + current[0].index() + "] " + current[0].text());
      pending.forEach(out::println);
    }
    out.println();
    out.println("  title: " + facts.meta().title() + (facts.meta().publisher() == null ? "" : " | publisher: " + facts.meta().publisher())
        + (facts.meta().date() == null ? "" : " | date: " + facts.meta().date()));
    for (Strike st : facts.strikes()) {
      out.println("  strike " + st.key() + ": " + st.label() + " (" + st.kind().id() + ")"
          + (st.date() == null ? "" : " date " + st.date()) + (st.casualties() == null ? "" : " casualties: " + st.casualties()));
    }
    for (Attribution at : facts.attributions()) {
      out.println("  attribution: " + label(facts, at.attributorKey()) + " —" + at.stance().id() + "/" + at.certainty().id() + "→ "
          + label(facts, at.perpetratorKey()) + " [" + at.strikeKey() + "] by " + at.rule());
    }
    for (Statement st : facts.statements()) {
      if (st.direct()) {
        out.println("  quote: " + label(facts, st.speakerKey()) + ": “" + st.text() + "” by " + st.rule());
      }
    }
    out.println();
  }

  private static String label(ArticleFacts f, String key) {
    for (Actor a : f.actors()) {
      if (a.key().equals(key)) {
        return a.label();
      }
    }
    return key;
  }
}
