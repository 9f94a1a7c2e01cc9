import PithHTML

/// Part of the select phase: a recipe's ingredient list is short lines in a box of its own
/// (often a table), so it scores nothing and the method steps win alone. Readers of a recipe
/// want the ingredients first of all.
///
/// Contract: elements marked as ingredients (`itemprop=recipeIngredient`/`ingredients`, or a
/// class/id token naming ingredients in one of the supported languages) are grouped under their
/// lowest common ancestor; when that block is outside the selection, holds at most 3,000
/// characters and is not boilerplate by name, it joins the selection in document order.
enum RecipeParts {
    /// Class and id tokens naming ingredients, in the supported languages.
    static let tokens = [
        "ingredient", "ingredients", "zutat", "zutaten", "ingrédient", "ingrédients", "ingrediente", "ingredientes",
        "ingredienti", "ingrediënt", "ingrediënten", "składnik", "składniki", "ингредиент", "ингредиенты",
        "інгредієнт", "інгредієнти", "recipe-ingredient", "recipeingredient",
    ]

    /// Elements that mark ingredients, in document order: `itemprop` naming ingredients, or a
    /// class or id token from ``tokens`` (found by the page facts' class scan).
    static func ingredientMarkers(in facts: PageFacts) -> [Int] {
        facts.ingredientMarkers
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
