/// One article to analyse: its text and what its input said about it (id, title, url, and the
/// publication date with its source when the input gave one; the pipeline infers it otherwise).
/// It has the same fields as the output's `DocumentInfo`, so it is that type: a document as read.
public typealias Article = DocumentInfo
