import PithHTML

/// Part of the select phase: a recipe's ingredient list is short lines in a box of its own
/// (often a table), so it scores nothing and the method steps win alone. Readers of a recipe
/// want the ingredients first of all.
///
/// Contract: elements marked as ingredients (`itemprop=recipeIngredient`/`ingredients`, or a
/// class/id naming ingredients in one of the supported languages) are grouped under their
/// lowest common ancestor; when that block is outside the selection, holds at most 3,000
/// characters and is not boilerplate by name, it joins the selection in document order.
enum RecipeParts {
    /// Elements that mark ingredients, in document order.
    static func ingredientMarkers(in document: HTMLDocument) -> [Int] {
        var markers: [Int] = []
        for node in 1..<document.nodeCount where document.isElement(node) {
            if let itemprop = document.attributeRange(.itemprop, of: node), contains(document.bytes[itemprop], "ngredient") {
                markers.append(node)
                continue
            }
            for name in [AttributeName.class, .id] {
                guard let range = document.attributeRange(name, of: node) else { continue }
                let value = document.bytes[range]
                if Self.names.contains(where: { contains(value, $0) }) {
                    markers.append(node)
                    break
                }
            }
        }
        return markers
    }

    /// Lowercase fragments of ingredient names in class and id values.
    private static let names = ["ngredien", "zutat", "Zutat", "ingrédient", "ingredient", "składnik", "ингредиент", "інгредієнт"]

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard pattern.count <= haystack.count else { return false }
        var start = haystack.startIndex
        while start + pattern.count <= haystack.endIndex {
            if haystack[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
            start += 1
        }
        return false
    }
}

extension ExtractionAttempt {
    mutating func addIngredients(_ markers: [Int]) {
        guard forcedContent == nil, !markers.isEmpty, !selection.isEmpty else { return }
        var block = markers[0]
        for marker in markers.dropFirst() {
            while !document.isInside(marker, block), let parent = document.parent(block) { block = parent }
        }
        guard block != facts.body, block > 0, !isRemoved(block), aggregates.chars[block] > 0,
              aggregates.chars[block] <= 3000, facts.classRule[block] < 0 else { return }
        if selection.contains(where: { document.isInside(block, $0) || document.isInside($0, block) }) { return }
        selection.append(block)
        selection.sort()
    }
}
