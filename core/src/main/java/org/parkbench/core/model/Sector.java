package org.parkbench.core.model;

/** What a park produces or does. */
public enum Sector implements Vocabulary {
    MANUFACTURING("manufacturing", "Manufacturing"),
    LIGHT_INDUSTRY("light-industry", "Light industry"),
    TEXTILES("textiles", "Textiles and garments"),
    FOOTWEAR("footwear", "Footwear"),
    LEATHER("leather", "Leather"),
    HOME_APPLIANCES("home-appliances", "Home appliances"),
    ELECTRONICS("electronics", "Electronics"),
    BUILDING_MATERIALS("building-materials", "Building materials"),
    MACHINERY("machinery", "Machinery"),
    PETROLEUM_EQUIPMENT("petroleum-equipment", "Petroleum equipment"),
    ELECTRICAL_EQUIPMENT("electrical-equipment", "Electrical equipment"),
    AUTO_PARTS("auto-parts", "Auto parts and tyres"),
    SOLAR_ENERGY("solar-energy", "Solar and green energy"),
    CHEMICALS("chemicals", "Chemicals"),
    WOOD_PRODUCTS("wood-products", "Wood products and furniture"),
    ENERGY_RESOURCES("energy-resources", "Energy and mineral resources"),
    AGRICULTURE("agriculture", "Agriculture and agro-processing"),
    LOGISTICS("logistics", "Logistics and trade"),
    HIGH_TECH("high-tech", "High technology"),
    BIOMEDICINE("biomedicine", "Biomedicine"),
    SERVICES("services", "Services");

    private final String word;
    private final String label;

    Sector(String word, String label) {
        this.word = word;
        this.label = label;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String label() {
        return label;
    }
}
