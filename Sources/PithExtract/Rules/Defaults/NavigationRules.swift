extension BoilerplateRules {
    /// Navigation, menus, breadcrumbs, pagination and skip links.
    static let navigation: [BoilerplateRule] = [
        BoilerplateRule(
            id: "navigation.tag", category: .navigation, matcher: .tags(["nav", "menu"]),
            reason: "The element HTML reserves for navigation"),
        BoilerplateRule(
            id: "navigation.aside", category: .navigation, matcher: .tags(["aside"]),
            reason: "Asides hold sidebars, pull-outs and teasers next to the article"),
        BoilerplateRule(
            id: "navigation.role", category: .navigation,
            matcher: .roles(["navigation", "menu", "menubar", "menuitem", "tablist", "search", "banner", "contentinfo",
                             "complementary", "dialog", "alertdialog"]),
            reason: "ARIA roles of navigation, site banners, footers and asides"),
        BoilerplateRule(
            id: "navigation.class", category: .navigation,
            matcher: .classTokens(["nav", "navbar", "navigation", "menu", "menubar", "mainmenu", "submenu", "subnav",
                                   "breadcrumb", "breadcrumbs", "crumbs", "pagination", "pager", "paging", "skip-link",
                                   "skiplink", "skip-to-content", "sitemap", "site-nav", "global-nav", "topbar",
                                   "toolbar-nav", "sidebar", "side-bar", "sidebox", "widget", "widgets", "widget-area",
                                   "skyscraper", "masthead", "offcanvas", "off-canvas", "hamburger",
                                   // Drawers that slide in from the page's edge; a bare `drawer` also names the
                                   // fold-out panels of an article's own parts (tips, notes, steps).
                                   "top-drawer", "side-drawer", "mobile-drawer", "site-drawer", "app-drawer", "drawer-toggle", "dropdown",
                                   "search-form", "searchform", "login", "signin", "sign-in", "account-menu", "jump-links",
                                   "language-switcher", "lang-switch", "rail", "right-rail", "left-rail"]),
            reason: "Containers named for navigation, menus and sidebars"),
        BoilerplateRule(
            id: "navigation.label", category: .navigation,
            matcher: .labels(["skip to content", "skip to main content", "zum inhalt springen", "aller au contenu",
                              "ir al contenido", "vai al contenuto", "ir para o conteúdo", "naar inhoud",
                              "przejdź do treści", "перейти к содержанию", "перейти до змісту", "menu", "menü",
                              "home", "startseite", "accueil", "inicio", "back to top", "nach oben", "top",
                              "previous", "next", "previous article", "next article", "vorheriger artikel",
                              "nächster artikel", "article précédent", "article suivant", "zurück", "zurück zur übersicht",
                              "zurück zur listenansicht", "zurück zur startseite", "back", "back to overview", "back to list",
                              "back to all news", "retour", "retour à la liste", "volver", "volver al listado", "indietro",
                              "voltar", "terug", "terug naar overzicht", "powrót", "wróć", "назад", "повернутися"]),
            reason: "A block that is only a navigation label"),
        BoilerplateRule(
            id: "navigation.toc", category: .navigation,
            matcher: .classTokens(["table-of-contents", "tableofcontents", "ez-toc", "lwptoc", "toc-container", "toc-wrapper", "toc-box",
                                   "inhaltsverzeichnis"]),
            reason: "A table of contents links to the article's own headings; the headings are the text"),
        BoilerplateRule(
            id: "navigation.toc-title", category: .navigation,
            matcher: .labels(["inhaltsverzeichnis", "table of contents", "table des matières", "sommaire", "tabla de contenidos",
                              "índice de contenidos", "indice dei contenuti", "sommario", "índice de conteúdos",
                              "inhoudsopgave", "spis treści", "содержание", "зміст"]),
            reason: "The title of a table of contents left when its links went"),
    ]
}
