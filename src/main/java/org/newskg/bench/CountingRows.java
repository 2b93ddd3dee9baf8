package org.newskg.bench;

import java.util.List;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/** A row set that counts the rows a writer takes from it. */
final class CountingRows implements RowSet {
  private final RowSet rows;
  private long count;

  CountingRows(RowSet rows) {
    this.rows = rows;
  }

  long count() {
    return count;
  }

  @Override
  public List<Var> getResultVars() {
    return rows.getResultVars();
  }

  @Override
  public long getRowNumber() {
    return rows.getRowNumber();
  }

  @Override
  public boolean hasNext() {
    return rows.hasNext();
  }

  @Override
  public Binding next() {
    count++;
    return rows.next();
  }

  @Override
  public void close() {
    rows.close();
  }
}
