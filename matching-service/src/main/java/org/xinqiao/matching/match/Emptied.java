package org.xinqiao.matching.match;

/** Why a search found nobody: the constraint that emptied the candidate set, and in words. */
public record Emptied(String constraint, String explanation) {}
