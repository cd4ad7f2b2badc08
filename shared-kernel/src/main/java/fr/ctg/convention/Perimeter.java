package fr.ctg.convention;

import java.util.List;

public record Perimeter(String code, String name, List<Commune> communes) {
}
