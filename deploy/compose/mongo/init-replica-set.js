// Run by the one-shot `mongo-init` service (mongosh, authenticated as the root user on mongo-1).
// Idempotent: safe on every `docker compose up`.
//  1. rs.initiate() the 3-member replica set `rs0` if it is not initiated yet;
//  2. wait until mongo-1 is primary and both other members are secondaries;
//  3. create (or update the password/roles of) the application user `dp`
//     with readWrite on the five service databases.

const RS_NAME = 'rs0';
const MEMBERS = [
  { _id: 0, host: 'mongo-1:27017', priority: 2 },
  { _id: 1, host: 'mongo-2:27017', priority: 1 },
  { _id: 2, host: 'mongo-3:27017', priority: 1 },
];
const DATABASES = ['dp-risk', 'dp-inspection', 'dp-hazard', 'dp-assessment', 'dp-exchange'];
const APP_USER = 'dp';
const APP_PASSWORD = process.env.DP_MONGO_APP_PASSWORD;

if (!APP_PASSWORD) {
  print('DP_MONGO_APP_PASSWORD is not set');
  quit(2);
}

function initiated() {
  try {
    rs.status();
    return true;
  } catch (e) {
    if (e.codeName === 'NotYetInitialized' || e.code === 94) return false;
    throw e;
  }
}

if (!initiated()) {
  print(`initiating replica set ${RS_NAME}`);
  rs.initiate({ _id: RS_NAME, members: MEMBERS });
} else {
  print(`replica set ${RS_NAME} already initiated`);
}

function healthy() {
  try {
    const s = rs.status();
    const states = s.members.map((m) => m.stateStr);
    return db.hello().isWritablePrimary
      && states.filter((x) => x === 'PRIMARY').length === 1
      && states.filter((x) => x === 'SECONDARY').length === MEMBERS.length - 1;
  } catch (e) {
    return false;
  }
}

let waited = 0;
while (!healthy()) {
  if (waited >= 300) {
    print('replica set did not become healthy within 300 s');
    printjson(rs.status());
    quit(1);
  }
  sleep(2000);
  waited += 2;
}
print(`replica set ${RS_NAME} healthy after ${waited} s`);

const admin = db.getSiblingDB('admin');
const roles = DATABASES.map((d) => ({ role: 'readWrite', db: d }));
if (admin.getUser(APP_USER) === null) {
  admin.createUser({ user: APP_USER, pwd: APP_PASSWORD, roles: roles });
  print(`created user ${APP_USER}`);
} else {
  admin.updateUser(APP_USER, { pwd: APP_PASSWORD, roles: roles });
  print(`updated user ${APP_USER}`);
}
