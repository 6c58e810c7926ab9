/**
 * A one-argument function's answers kept in a map and cleared when it holds `limit` of them: for
 * pure look-ups a corpus asks again and again (a given name's gender, a role's cleaned form), bounded
 * so that a bot up for months does not keep every word it has ever seen.
 */
export function boundedMemo<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const answers = new Map<string, V>();
  return (key) => {
    let value = answers.get(key);
    if (value === undefined) {
      value = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, value);
    }
    return value;
  };
}
