package org.newskg.store;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newskg.facts.ArticleFacts;
import org.newskg.graph.FactWriter;
import org.newskg.graph.Iris;

/**
 * Writes article graphs into a store in write transactions that grow with what is committed: the
 * first holds {@code first} articles, each later one as many articles as are already committed
 * (so n articles take about log2(n / first) + 1 commits).
 *
 * <p>Why: TDB2 copies every index block a transaction touches and keeps the old copy until the
 * store is compacted. With a fixed batch, each commit copies blocks all over indexes that grow
 * with the store (new nodes land anywhere in the hash-ordered node index), so the store grew
 * faster than the data: 100,000 articles in batches of 2,048 passed 39 GB before the first pass
 * had finished. With growing transactions the copies add up to about the data's own size.
 *
 * <p>Each article is written as it arrives, inside the open transaction, never collected first,
 * so memory does not depend on the size of a transaction. Not thread-safe: a transaction belongs
 * to the thread that writes.
 */
final class GrowingTransactions implements AutoCloseable {
  private final DatasetGraph target;
  private final int first;
  private long committed;
  private int inOpen;
  private boolean open;

  GrowingTransactions(DatasetGraph target, int first) {
    this.target = target;
    this.first = first;
  }

  /**
   * Replaces {@code facts}' graph by its facts; an article whose graph already holds exactly
   * these quads is left alone (rewriting would only grow the store).
   *
   * @return whether the graph was written (new or changed)
   */
  boolean write(ArticleFacts facts) {
    if (!open) {
      target.begin(TxnType.WRITE);
      open = true;
    }
    Set<Quad> quads = new LinkedHashSet<>();
    new FactWriter(collector(quads)).write(facts);
    Node graph = Iris.graph(facts.meta().name());
    boolean changed = !holdsExactly(target, graph, quads);
    if (changed) {
      target.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
      quads.forEach(target::add);
    }
    inOpen++;
    if (inOpen >= Math.max(first, committed)) {
      commit();
    }
    return changed;
  }

  /** Commits the open transaction, if any. */
  void commit() {
    if (open) {
      target.commit();
      target.end();
      open = false;
      committed += inOpen;
      inOpen = 0;
    }
  }

  /** Gives up an open transaction (after a failure): the store stays as last committed. */
  @Override
  public void close() {
    if (open) {
      target.abort();
      target.end();
      open = false;
      inOpen = 0;
    }
  }

  private static boolean holdsExactly(DatasetGraph dsg, Node graph, Set<Quad> quads) {
    long n = 0;
    Iterator<Quad> it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
    try {
      while (it.hasNext()) {
        if (!quads.contains(it.next())) {
          return false;
        }
        n++;
      }
    } finally {
      Iter.close(it);
    }
    return n == quads.size();
  }

  private static StreamRDF collector(Set<Quad> into) {
    return new StreamRDFBase() {
      @Override
      public void quad(Quad quad) {
        into.add(quad);
      }
    };
  }
}
