// A player's first minutes with the TypeScript SDKs (@necp/auth-client, @necp/character-client): register, log in,
// create a character, read it back, and two refused requests read as their problem+json `code` (one of them with
// the Idempotency-Key that every value-moving operation takes).
//
//   node character-flow.js http://localhost:8080 http://localhost:8080 [username]
//
// (through the gateway both base URLs are the same; or auth's and character's own, 8081 and 8082).
// The last line printed is a JSON summary, for scripts and the test that runs this example.
import { AccountsApi, Configuration as AuthConfiguration, SessionsApi } from '@necp/auth-client';
import {
    CharacterAttributesApi,
    CharacterClass,
    CharacterOrigin,
    CharactersApi,
    Configuration as CharacterConfiguration,
    ProblemFromJSON,
    ResponseError,
    type Problem,
} from '@necp/character-client';

async function main(authUrl: string, characterUrl: string, username: string): Promise<void> {
    const password = 'chrome-and-neon-2077';

    // 1. Register and log in at auth. Public operations: no token yet.
    const auth = new AuthConfiguration({ basePath: authUrl });
    await new AccountsApi(auth).register({
        registerRequest: { username, email: `${username}@example.com`, password },
    });
    const tokens = await new SessionsApi(auth).login({ loginRequest: { login: username, password } });
    console.log(`logged in as ${tokens.account.username} (${tokens.account.id})`);

    // 2. A character client that sends the access token (the spec's bearerAuth) with every request.
    const characterConfiguration = new CharacterConfiguration({ basePath: characterUrl, accessToken: tokens.accessToken });
    const characters = new CharactersApi(characterConfiguration);

    // 3. Create a character and read it back.
    const request = {
        name: characterName(username),
        characterClass: CharacterClass.Netrunner,
        origin: CharacterOrigin.Street,
        faction: 'aldecaldos',
        city: 'night-city',
    };
    const created = await characters.createCharacter({ characterCreateRequest: request });
    const read = await characters.getCharacter({ characterId: created.characterId });
    if (read.name !== created.name) {
        throw new Error(`read back ${read.name}, created ${created.name}`);
    }
    console.log(`created and read back ${read.name} (${read.characterId})`);

    // 4. A refused request: the same name again is 409 CHARACTER_NAME_TAKEN, as problem+json.
    let refusedWithCode: string | undefined;
    try {
        await characters.createCharacter({ characterCreateRequest: request });
        throw new Error('a taken name was accepted');
    } catch (e) {
        const problem = await problemOf(e);
        refusedWithCode = problem.code;
        console.log(`refused with ${problem.status} ${problem.code}: ${problem.detail}`);
    }

    // 5. Spending attribute points moves value, so it takes an Idempotency-Key (one per intended action, the same on
    //    a retry). A new character has no unspent points: 422 NOT_ENOUGH_ATTRIBUTE_POINTS.
    let allocationRefusedWithCode: string | undefined;
    try {
        await new CharacterAttributesApi(characterConfiguration).allocateAttributePoints({
            characterId: read.characterId,
            idempotencyKey: crypto.randomUUID(),
            attributeAllocation: { strength: 1 },
        });
        throw new Error('a new character spent a point it does not have');
    } catch (e) {
        const problem = await problemOf(e);
        allocationRefusedWithCode = problem.code;
        console.log(`refused with ${problem.status} ${problem.code}: ${problem.detail}`);
    }

    console.log(JSON.stringify({
        accountId: tokens.account.id,
        characterId: read.characterId,
        characterName: read.name,
        refusedWithCode,
        allocationRefusedWithCode,
    }));
}

/** The problem+json body of a refused call: the SDK throws a ResponseError that holds the fetch Response. */
async function problemOf(e: unknown): Promise<Problem> {
    if (!(e instanceof ResponseError)) {
        throw e;
    }
    return ProblemFromJSON(await e.response.json());
}

/** A character name made from the username (letters and digits only), so each run gets a fresh one. */
function characterName(username: string): string {
    return ('Vex ' + username.replace(/[^A-Za-z0-9]/g, 'x')).slice(0, 24);
}

const [authUrl, characterUrl, username] = process.argv.slice(2);
if (!authUrl || !characterUrl) {
    console.error('usage: node character-flow.js <auth base URL> <character base URL> [username]');
    process.exit(2);
}
main(authUrl, characterUrl, username ?? `vex_${Math.random().toString(36).slice(2, 10)}`).catch(async (e) => {
    // An unexpected refusal: show its problem+json before failing.
    console.error(e instanceof ResponseError ? `HTTP ${e.response.status}: ${await e.response.text()}` : e);
    process.exit(1);
});
