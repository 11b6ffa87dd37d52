import { join } from 'node:path';
import { describeFamilyFixtures } from '../familyFixtures';

describeFamilyFixtures('exit', join(__dirname, '../../fixtures/exit'));
