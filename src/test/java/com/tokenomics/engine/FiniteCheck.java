package com.tokenomics.engine;

import java.lang.reflect.RecordComponent;
import java.util.Collection;

/** Walks an evaluation's records and says whether every floating-point figure in it is finite. */
final class FiniteCheck {

    static boolean allFinite(Object value) {
        if (value instanceof Double number) {
            return Double.isFinite(number);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().allMatch(FiniteCheck::allFinite);
        }
        if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    if (!allFinite(component.getAccessor().invoke(value))) {
                        return false;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return true;
    }

    private FiniteCheck() {
    }
}
