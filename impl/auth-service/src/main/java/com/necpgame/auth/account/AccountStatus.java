package com.necpgame.auth.account;

/** ACTIVE accounts can log in; BANNED accounts are refused at login and refresh (after the password check). */
public enum AccountStatus {
    ACTIVE,
    BANNED
}
