package org.parkbench.site.pdf;

/** The paper a PDF is laid out on, as {@code --paper} names it; its CSS page size is what the print stylesheet is given. */
public enum Paper {
    A4("A4"),
    LETTER("letter");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    /** The size as CSS paged media writes it ({@code @page { size: A4 }}). */
    public String cssSize() {
        return cssSize;
    }
}
