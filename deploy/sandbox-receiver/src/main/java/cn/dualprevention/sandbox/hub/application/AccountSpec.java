package cn.dualprevention.sandbox.hub.application;

import cn.dualprevention.sandbox.hub.domain.Account;

/** An account as configured (application.yml) or sent to {@code PUT /admin/profiles/{name}}. */
public record AccountSpec(String user, String password, String key, String iv, String companyCode,
                          String tyshxydm) {

    public Account toAccount() {
        return new Account(user, password, key, iv, companyCode, tyshxydm);
    }
}
