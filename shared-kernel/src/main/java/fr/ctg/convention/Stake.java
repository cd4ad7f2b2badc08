package fr.ctg.convention;

public record Stake(String code, String themeCode, String title) {
}
