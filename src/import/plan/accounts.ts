import { generateInitialPassword, type AccountDoc, type Role } from '@/domain';
import { assignUsername, baseUsername } from '@/domain/accounts/username';
import { bufferedCryptoRandom } from './random';
import { stampNew, type Stamper } from './stamp';

export interface AccountRequest {
  role: Role;
  orgId: string;
  orgPath: string;
  displayName: string;
  personId?: string;
}

/**
 * Opens pending accounts for one import: the requested username is the
 * pinyin of the name, made unique against the caller's `isTaken` and
 * against the names this import has already handed out (two 王浩 in one
 * file get wanghao and wanghao2). The server makes the final choice on
 * first sync with the same rule.
 */
export function accountFactory(stamper: Stamper, isTaken: (username: string) => boolean, random: () => number = bufferedCryptoRandom()) {
  const handedOut = new Set<string>();
  const taken = (username: string) => handedOut.has(username) || isTaken(username);
  return (request: AccountRequest): AccountDoc => {
    const requestedUsername = assignUsername(baseUsername(request.displayName), taken);
    handedOut.add(requestedUsername);
    return {
      ...stampNew(stamper, stamper.newId('acc'), request.orgPath),
      role: request.role,
      orgId: request.orgId,
      personId: request.personId ?? '',
      displayName: request.displayName,
      requestedUsername,
      username: '',
      status: 'pending',
      mustChangePassword: true,
      initialPassword: generateInitialPassword(random),
      disabledAt: 0,
    };
  };
}

export type AccountFactory = ReturnType<typeof accountFactory>;
