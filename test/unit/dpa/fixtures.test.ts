import { join } from 'node:path';
import { describeFamilyFixtures } from '../familyFixtures';

describeFamilyFixtures('dpa', join(__dirname, '../../fixtures/dpa'));
