//! Evaluation against gold TimeML annotations (TempEval-3 Task A measures).
