package org.xinqiao.records.assessment;

/**
 * Answers to the C-SSRS screener (past month for 1-5; lifetime for 6, with its past-3-months
 * follow-up). Questions 3-5 are only asked when question 2 is yes.
 */
public record CssrsAnswers(
    Boolean wishToBeDead,
    Boolean suicidalThoughts,
    Boolean thoughtsOfMethod,
    Boolean intent,
    Boolean planWithIntent,
    Boolean suicidalBehaviour,
    Boolean behaviourWithinThreeMonths) {}
