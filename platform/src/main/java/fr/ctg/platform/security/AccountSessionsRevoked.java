package fr.ctg.platform.security;

/**
 * Published after an account was disabled, given other roles or a new password by an administrator: whatever holds
 * a session of it (the pages) must end those sessions, which still carry the account's former state.
 */
public record AccountSessionsRevoked(String username) {
}
