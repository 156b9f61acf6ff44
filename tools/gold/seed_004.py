from tools.gold.spec import Seed
SEED = Seed(stem="004_f9c2b29697949bb4", entities=(), quotes=(), claims=())
