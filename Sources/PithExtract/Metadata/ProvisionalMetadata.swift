import PithHTML

/// A stand-in for the metadata extractor: the `<title>`, `og:title`, `<html lang>` and the
/// canonical link. Replaced by `MetadataExtractor`.
struct ProvisionalMetadata {
    static func extract(_ document: HTMLDocument, links: LinkResolver) -> ArticleMetadata {
        var metadata = ArticleMetadata()
        var titleText: String?
        for node in 0..<document.nodeCount {
            switch document.tag(node) {
            case .html:
                metadata.language = metadata.language ?? document.attribute(.lang, of: node)?.trimmed
            case .title where titleText == nil:
                titleText = document.textContent(node).trimmed
            case .meta:
                let key = (document.attribute(.property, of: node) ?? document.attribute(.name, of: node))?.lowercased()
                let content = document.attribute(.content, of: node)?.trimmed
                switch key {
                case "og:title": metadata.title = metadata.title ?? content
                case "og:site_name": metadata.siteName = metadata.siteName ?? content
                case "description", "og:description": metadata.description = metadata.description ?? content
                case "og:image": metadata.image = metadata.image ?? content.map(links.absolute)
                default: break
                }
            case .link:
                if document.attribute(.rel, of: node)?.lowercased() == "canonical", let href = document.attribute(.href, of: node) {
                    metadata.canonicalURL = metadata.canonicalURL ?? links.absolute(href.trimmed)
                }
            default: break
            }
        }
        metadata.title = metadata.title ?? titleText
        return metadata
    }
}
