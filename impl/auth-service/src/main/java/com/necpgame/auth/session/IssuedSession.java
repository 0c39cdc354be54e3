package com.necpgame.auth.session;

import java.time.Duration;

import com.necpgame.auth.account.Account;
import com.necpgame.auth.token.IssuedToken;

/** What a login or a refresh hands out: a new access token, a new refresh token, and the account. */
public record IssuedSession(Account account, IssuedToken accessToken, String refreshToken,
                            Duration refreshLifetime) {
}
