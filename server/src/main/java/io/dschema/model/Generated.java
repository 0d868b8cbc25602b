package io.dschema.model;

/** {@code [generated always] as (expr) [stored|virtual]}; virtual unless stored is written. */
public record Generated(Expression expression, boolean stored) {
}
