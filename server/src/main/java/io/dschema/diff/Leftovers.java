package io.dschema.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Multiset difference by canonical key: the items of one list whose keys the other list does not hold (counting repeats). */
final class Leftovers {

    private Leftovers() {
    }

    static <T, K> List<T> of(List<T> items, Function<T, K> key, List<K> otherKeys) {
        Map<K, Integer> available = new HashMap<>();
        for (K other : otherKeys) {
            available.merge(other, 1, Integer::sum);
        }
        List<T> left = new ArrayList<>();
        for (T item : items) {
            K k = key.apply(item);
            Integer count = available.get(k);
            if (count == null || count == 0) {
                left.add(item);
            } else {
                available.put(k, count - 1);
            }
        }
        return left;
    }
}
